//! Canonical areas and providers, their hierarchy and aliases.
//!
//! STUB: the signatures below are the contract; the data file and the real
//! lookups are being written on the `gazetteer` branch.

/// Level of an area in the nation / region / area hierarchy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    Nation,
    Region,
    Area,
}

/// One canonical area and where it sits.
#[derive(Clone, Debug)]
pub struct AreaInfo {
    pub name: String,
    pub level: Level,
    /// Parent region (None for nations and for regions themselves).
    pub region: Option<String>,
    pub nation: String,
}

/// The loaded gazetteer.
pub struct Gazetteer {
    areas: Vec<AreaInfo>,
    providers: Vec<String>,
}

/// The gazetteer embedded in the binary, parsed on first use.
pub fn get() -> &'static Gazetteer {
    static G: std::sync::LazyLock<Gazetteer> = std::sync::LazyLock::new(|| Gazetteer {
        areas: Vec::new(),
        providers: Vec::new(),
    });
    &G
}

impl Gazetteer {
    /// The record for a canonical area name; for names that are both a
    /// region and an area (London, West Midlands) the area-level record.
    pub fn area(&self, canonical: &str) -> Option<&AreaInfo> {
        self.areas.iter().find(|a| a.name == canonical)
    }

    /// Facet path of a canonical area: `/England/North East/Durham` for an
    /// area, `/England/North East` for a region, `/Wales` for a nation.
    pub fn area_facet(&self, canonical: &str) -> Option<String> {
        let _ = canonical;
        None
    }

    /// Resolves what a user typed (canonical name, alias, any case) to the
    /// facet path to filter on, choosing the highest level that has that
    /// name; `Err` carries the nearest canonical names as suggestions.
    pub fn resolve_area(&self, input: &str) -> Result<String, Vec<String>> {
        let _ = input;
        Err(Vec::new())
    }

    /// Resolves a user-typed provider (canonical, alias, any case) to its
    /// canonical name; `Err` carries the nearest canonical names.
    pub fn resolve_provider(&self, input: &str) -> Result<String, Vec<String>> {
        let _ = input;
        Err(Vec::new())
    }

    /// Every canonical area name (all levels).
    pub fn area_names(&self) -> impl Iterator<Item = &str> {
        self.areas.iter().map(|a| a.name.as_str())
    }

    /// Every canonical provider name, named CRCs included.
    pub fn provider_names(&self) -> impl Iterator<Item = &str> {
        self.providers.iter().map(|p| p.as_str())
    }
}
