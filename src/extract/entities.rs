//! Areas and providers named in an article (placeholder until the
//! gazetteer matcher lands: names nothing).

/// Canonical areas and providers an article names.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Entities {
    pub areas: Vec<String>,
    pub primary_area: Option<String>,
    pub providers: Vec<String>,
}

/// Finds the areas and providers in a title and article body.
pub fn find(title: &str, body: &str) -> Entities {
    let _ = (title, body);
    Entities::default()
}
