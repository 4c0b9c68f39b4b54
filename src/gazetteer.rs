//! Canonical areas and providers, their hierarchy and aliases.
//!
//! This module owns the embedded data file (`data/gazetteer.toml`) and
//! everything that is a plain lookup in it: the nation / region / area
//! hierarchy and facet paths, what a user-typed area or provider resolves
//! to, and the list of surface forms ([`Term`]) that name an area or a
//! provider in running text. Both the extractor and the query side use it,
//! so it knows nothing about HTML or queries.
//!
//! It does not decide whether a surface form in an article really is a
//! mention (case, word boundaries, context): that is the matcher's job in
//! `extract::entities`, which reads the terms and context word lists from
//! here.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use serde::Deserialize;

/// Level of an area in the nation / region / area hierarchy.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Level {
    /// England, Wales, Scotland, Northern Ireland.
    Nation,
    /// One of England's nine regions (London and West Midlands are also
    /// areas).
    Region,
    /// A police-force / probation area, or London / West Midlands as such.
    Area,
}

/// One canonical area and where it sits.
#[derive(Clone, Debug)]
pub(crate) struct AreaInfo {
    /// Canonical name, as the labelled sets spell it.
    pub name: String,
    /// Where it sits in the hierarchy.
    pub level: Level,
    /// Parent region (None for nations and for regions themselves).
    pub region: Option<String>,
    /// The nation it lies in (itself for a nation).
    pub nation: String,
}

/// Index of a canonical area name in the gazetteer's list. Small and
/// `Copy` so the matcher can count mentions without touching strings.
pub(crate) type AreaId = u16;
/// Index of a canonical provider name in the gazetteer's list.
pub(crate) type ProviderId = u16;
/// Index of a Community Rehabilitation Company in [`Gazetteer::crc`].
pub(crate) type CrcId = u16;

/// What a surface form names when it is a real mention.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Sense {
    /// One canonical area (a name, alias, town or `HMP <prison>`).
    Area(AreaId),
    /// Several areas at once ("KSS" is Kent, Surrey and Sussex).
    Areas(Vec<AreaId>),
    /// A canonical provider (a name, alias or former name).
    Provider(ProviderId),
    /// A named CRC: its provider and its areas.
    Crc(CrcId),
    /// "England and Wales": both nations, but no hint of the main area.
    Jurisdiction,
    /// "CRC" / "Community Rehabilitation Company" without a name; names a
    /// CRC only with an area beside it.
    CrcWord,
    /// Names nothing, but being longer it hides the place or provider word
    /// inside it ("New South Wales", "Thames Valley Partnership", "Napo").
    Nothing,
}

/// What must surround a surface form for it to count (see the data file's
/// `[[ambiguous]]` notes).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Needs {
    /// Counts wherever it appears as a whole word in the right case.
    Plain,
    /// A place preposition before, a place word after, or a place beside.
    Place,
    /// As `Place` with the shorter preposition list (university towns).
    Town,
    /// A place word after it or a place of the same area beside it.
    Court,
    /// Another place listed beside it.
    Beside,
    /// One of these words directly after it.
    After(Vec<String>),
    /// Counts only if the same area or provider is also named plainly.
    Named,
    /// The "NPS" rule: the service, unless drug writing.
    Nps,
}

/// One surface form the matcher looks for, with what it names and when.
#[derive(Clone, Debug)]
pub(crate) struct Term {
    /// The text as written in the data file (its case is the case rule).
    pub text: String,
    /// What it names when it counts.
    pub sense: Sense,
    /// What must surround it for it to count.
    pub needs: Needs,
    /// Words directly before the form that veto it.
    pub unless_before: Vec<String>,
    /// Words directly after the form that veto it.
    pub unless_after: Vec<String>,
    /// The provider's name is also ordinary English in Title Case.
    pub common: bool,
}

/// A Community Rehabilitation Company as the matcher needs it.
#[derive(Clone, Debug)]
pub(crate) struct CrcInfo {
    /// Its canonical provider name (`<areas> CRC`).
    pub provider: ProviderId,
    /// The canonical areas its name stands for, in the order named.
    pub areas: Vec<AreaId>,
}

/// Context word lists from the data file, kept as data so the matcher's
/// rules read as rules and the English lives in one place.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Context {
    /// Prepositions that make an ambiguous word a place ("in Reading").
    pub place_before: Vec<String>,
    /// The shorter list for university towns ("in Oxford", not "at Oxford").
    pub town_before: Vec<String>,
    /// Words after an ambiguous word that make it a place ("York Crown Court").
    pub place_after: Vec<String>,
    /// Prison words before an establishment's name ("HMP").
    pub prison_before: Vec<String>,
    /// Prison words after an establishment's name ("prison").
    pub prison_after: Vec<String>,
    /// `<word> of <place>` is a title, not a place ("Duke of York").
    pub title_of: Vec<String>,
    /// Peerages: "Lord Foster of Bath".
    pub peer_titles: Vec<String>,
    /// A place word right after one of these is a surname ("Mr Preston").
    pub honorifics: Vec<String>,
    /// Capitalised words that may stand before a one-word place without
    /// making it a surname ("In Leeds", "Greater London").
    pub before_place_ok: Vec<String>,
    /// A place word before one of these is an institution's name.
    pub institution_after: Vec<String>,
    /// A place word right after one of these is an institution's name.
    pub institution_before: Vec<String>,
    /// A place word before one of these is a street's name.
    pub street_after: Vec<String>,
    /// `, <one of these>` after a place word puts it abroad.
    pub abroad_after: Vec<String>,
    /// Phrases for the jurisdiction ("England and Wales").
    pub jurisdiction: Vec<String>,
    /// Generic CRC words ("CRC", "Community Rehabilitation Company").
    pub crc_words: Vec<String>,
    /// Words between a CRC word and its area ("the CRC in Kent").
    pub crc_links: Vec<String>,
    /// Cues for the NPS rule.
    pub nps: NpsCues,
}

/// Cue words the NPS rule weighs around a bare "NPS".
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct NpsCues {
    /// Words just before "NPS" that make it the drugs ("using NPS").
    pub drug_before: Vec<String>,
    /// Words just after "NPS" that make it the drugs ("NPS use").
    pub drug_after: Vec<String>,
    /// Drug words weighed in the text around it.
    pub drug_words: Vec<String>,
    /// Probation words weighed in the text around it.
    pub probation_words: Vec<String>,
    /// Words just after "NPS" that make it the service ("NPS staff").
    pub service_after: Vec<String>,
    /// Articles before "NPS" that make it an organisation ("the NPS").
    pub article: Vec<String>,
}

// ---------------------------------------------------------------------------
// The data file's shape.

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    schema: u32,
    context: Context,
    area: Vec<AreaEntry>,
    ambiguous: Vec<AmbiguousEntry>,
    provider: Vec<ProviderEntry>,
    crc: Vec<CrcEntry>,
    never: Never,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AreaEntry {
    name: String,
    level: Option<String>,
    region: Option<String>,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    places: Vec<String>,
    #[serde(default)]
    prisons: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AmbiguousEntry {
    term: String,
    area: Option<String>,
    #[serde(default)]
    areas: Vec<String>,
    provider: Option<String>,
    needs: Option<String>,
    #[serde(default)]
    after: Vec<String>,
    #[serde(default)]
    unless_before: Vec<String>,
    #[serde(default)]
    unless_after: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProviderEntry {
    name: String,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    formerly: Vec<String>,
    #[serde(default)]
    common: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CrcEntry {
    official: String,
    areas: Vec<String>,
    #[serde(default)]
    covers: Vec<String>,
    #[serde(default)]
    aliases: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Never {
    providers: Vec<String>,
    phrases: Vec<String>,
}

// ---------------------------------------------------------------------------

/// The loaded gazetteer.
pub(crate) struct Gazetteer {
    /// Every record, London and West Midlands twice (region and area).
    areas: Vec<AreaInfo>,
    /// Unique canonical area names; an [`AreaId`] indexes this.
    names: Vec<String>,
    providers: Vec<String>,
    crcs: Vec<CrcInfo>,
    crc_of_area: Vec<Option<CrcId>>,
    terms: Vec<Term>,
    context: Context,
    /// Normalised name / alias / town -> index of an area record (for user
    /// input).
    area_keys: HashMap<String, u16>,
    /// The name of each record, parallel to `areas` (for suggestions).
    record_names: Vec<String>,
    /// Normalised name / alias / former name -> provider (for user input).
    provider_keys: HashMap<String, ProviderId>,
}

static DATA: &str = include_str!("../data/gazetteer.toml");

/// The gazetteer embedded in the binary, parsed on first use.
///
/// Panics if the embedded file is malformed: that is a build defect, and
/// the unit tests load it, so it cannot reach a user.
pub(crate) fn get() -> &'static Gazetteer {
    static G: LazyLock<Gazetteer> =
        LazyLock::new(|| Gazetteer::parse(DATA).expect("data/gazetteer.toml is invalid"));
    &G
}

/// What is wrong with a gazetteer data file.
#[derive(Debug, thiserror::Error)]
pub(crate) enum GazetteerError {
    /// Not valid TOML, or not the expected shape.
    #[error(transparent)]
    Toml(#[from] toml::de::Error),
    /// A `schema` this build does not read.
    #[error("unsupported schema {0}")]
    Schema(u32),
    /// An area whose `level` is not nation, region or area.
    #[error("{area}: unknown level {level}")]
    UnknownLevel {
        /// The area.
        area: String,
        /// The level it gives.
        level: String,
    },
    /// An area without a region.
    #[error("{0}: area without a region")]
    NoRegion(String),
    /// An area whose region is neither a region nor a nation.
    #[error("{area}: unknown region {region}")]
    UnknownRegion {
        /// The area.
        area: String,
        /// The region it gives.
        region: String,
    },
    /// A name used as an area that no `[[area]]` defines.
    #[error("unknown area {0}")]
    UnknownArea(String),
    /// A name used as a provider that no `[[provider]]` or CRC defines.
    #[error("unknown provider {0}")]
    UnknownProvider(String),
    /// An `[[ambiguous]]` entry naming no area or provider.
    #[error("ambiguous {0}: names nothing")]
    NamesNothing(String),
    /// An `[[ambiguous]]` entry with a `needs` rule this build lacks.
    #[error("ambiguous {term}: unknown needs {needs}")]
    UnknownNeeds {
        /// The entry's term.
        term: String,
        /// The rule it gives.
        needs: String,
    },
}

/// The data file's schema version this build reads.
const SCHEMA: u32 = 1;

impl Gazetteer {
    /// Builds a gazetteer from the text of a data file; `Err` says what is
    /// wrong with it (an unknown area in a CRC, a bad level...).
    pub(crate) fn parse(text: &str) -> Result<Gazetteer, GazetteerError> {
        let file: File = toml::from_str(text)?;
        if file.schema != SCHEMA {
            return Err(GazetteerError::Schema(file.schema));
        }
        let areas = Areas::build(&file.area)?;
        let providers = Providers::build(&file, &areas)?;
        let terms = terms(&file, &areas, &providers)?;
        let area_keys = area_keys(&file, &areas)?;
        let provider_keys = provider_keys(&file, &providers)?;
        let record_names: Vec<String> = areas.records.iter().map(|r| r.name.clone()).collect();
        Ok(Gazetteer {
            areas: areas.records,
            names: areas.names,
            providers: providers.names,
            crcs: providers.crcs,
            crc_of_area: providers.crc_of_area,
            terms,
            context: file.context,
            area_keys,
            record_names,
            provider_keys,
        })
    }
}

/// The data file's areas: every record (London and West Midlands twice,
/// as region and area), each canonical name once with the highest level
/// it has, and the id of each name.
struct Areas {
    records: Vec<AreaInfo>,
    names: Vec<String>,
    top_level: Vec<Level>,
    id_of: HashMap<String, AreaId>,
}

impl Areas {
    fn build(entries: &[AreaEntry]) -> Result<Areas, GazetteerError> {
        let nations: HashSet<&str> = entries
            .iter()
            .filter(|a| a.level.as_deref() == Some("nation"))
            .map(|a| a.name.as_str())
            .collect();
        let regions: HashSet<&str> = entries
            .iter()
            .filter(|a| a.level.as_deref() == Some("region"))
            .map(|a| a.name.as_str())
            .collect();
        let mut out = Areas {
            records: Vec::new(),
            names: Vec::new(),
            top_level: Vec::new(),
            id_of: HashMap::new(),
        };
        for a in entries {
            let level = match a.level.as_deref() {
                None | Some("area") => Level::Area,
                Some("region") => Level::Region,
                Some("nation") => Level::Nation,
                Some(other) => {
                    return Err(GazetteerError::UnknownLevel {
                        area: a.name.clone(),
                        level: other.to_string(),
                    });
                }
            };
            let (region, nation) = match level {
                Level::Nation => (None, a.name.clone()),
                // Every region is one of England's.
                Level::Region => (None, "England".to_string()),
                Level::Area => {
                    let r = a
                        .region
                        .clone()
                        .ok_or_else(|| GazetteerError::NoRegion(a.name.clone()))?;
                    let n = if regions.contains(r.as_str()) {
                        "England".to_string()
                    } else if nations.contains(r.as_str()) {
                        r.clone()
                    } else {
                        return Err(GazetteerError::UnknownRegion {
                            area: a.name.clone(),
                            region: r,
                        });
                    };
                    (Some(r), n)
                }
            };
            out.add_name(&a.name, level);
            out.records.push(AreaInfo {
                name: a.name.clone(),
                level,
                region,
                nation,
            });
        }
        Ok(out)
    }

    /// Gives `name` an id if it has none, and keeps its highest level.
    fn add_name(&mut self, name: &str, level: Level) {
        match self.id_of.get(name) {
            Some(&id) => {
                let top = &mut self.top_level[id as usize];
                *top = (*top).min(level);
            }
            None => {
                self.id_of
                    .insert(name.to_string(), self.names.len() as AreaId);
                self.names.push(name.to_string());
                self.top_level.push(level);
            }
        }
    }

    fn id(&self, name: &str) -> Result<AreaId, GazetteerError> {
        self.id_of
            .get(name)
            .copied()
            .ok_or_else(|| GazetteerError::UnknownArea(name.to_string()))
    }

    /// The index of the record of `name` at `level`.
    fn record_of(&self, name: &str, level: Level) -> u16 {
        self.records
            .iter()
            .position(|r| r.name == name && r.level == level)
            .expect("the record exists") as u16
    }

    /// The index of the highest record of `name` ("London" is the region).
    fn top_record(&self, name: &str) -> Result<u16, GazetteerError> {
        let id = self.id(name)?;
        Ok(self.record_of(name, self.top_level[id as usize]))
    }
}

/// The canonical providers: the data file's, then one per CRC, with the
/// CRCs and the CRC of each area.
struct Providers {
    names: Vec<String>,
    crcs: Vec<CrcInfo>,
    crc_of_area: Vec<Option<CrcId>>,
}

impl Providers {
    fn build(file: &File, areas: &Areas) -> Result<Providers, GazetteerError> {
        let mut names: Vec<String> = file.provider.iter().map(|p| p.name.clone()).collect();
        let mut crcs = Vec::new();
        let mut crc_of_area = vec![None; areas.names.len()];
        for (i, c) in file.crc.iter().enumerate() {
            let pid = names.len() as ProviderId;
            names.push(crc_name(&c.official));
            let ids = c
                .areas
                .iter()
                .map(|a| areas.id(a))
                .collect::<Result<Vec<_>, _>>()?;
            for a in c.areas.iter().chain(&c.covers) {
                crc_of_area[areas.id(a)? as usize] = Some(i as CrcId);
            }
            crcs.push(CrcInfo {
                provider: pid,
                areas: ids,
            });
        }
        Ok(Providers {
            names,
            crcs,
            crc_of_area,
        })
    }

    fn id(&self, name: &str) -> Result<ProviderId, GazetteerError> {
        self.names
            .iter()
            .position(|p| p == name)
            .map(|i| i as ProviderId)
            .ok_or_else(|| GazetteerError::UnknownProvider(name.to_string()))
    }
}

/// The matcher's terms as they are gathered: an exact text already taken
/// by an earlier group is not added again, so the groups go most specific
/// first and an `[[ambiguous]]` entry's conditions replace the plain entry
/// with the same text.
#[derive(Default)]
struct TermList {
    terms: Vec<Term>,
    taken: HashSet<String>,
}

impl TermList {
    /// Every spelling of `text` not yet taken.
    fn push(
        &mut self,
        text: &str,
        sense: Sense,
        needs: Needs,
        amb: Option<&AmbiguousEntry>,
        common: bool,
    ) {
        for v in variants(text) {
            if self.taken.insert(v.clone()) {
                self.terms.push(Term {
                    text: v,
                    sense: sense.clone(),
                    needs: needs.clone(),
                    unless_before: amb.map(|a| a.unless_before.clone()).unwrap_or_default(),
                    unless_after: amb.map(|a| a.unless_after.clone()).unwrap_or_default(),
                    common,
                });
            }
        }
    }

    /// A term that counts wherever it stands.
    fn plain(&mut self, text: &str, sense: Sense) {
        self.push(text, sense, Needs::Plain, None, false);
    }
}

/// Every surface form the matcher looks for, most specific first:
/// ambiguous words with their rules, the jurisdiction, what names nothing,
/// the CRCs, the generic CRC words, areas (names, aliases, towns,
/// prisons), providers.
fn terms(file: &File, areas: &Areas, providers: &Providers) -> Result<Vec<Term>, GazetteerError> {
    let mut t = TermList::default();
    ambiguous_terms(&mut t, file, areas, providers)?;
    for j in &file.context.jurisdiction {
        t.plain(j, Sense::Jurisdiction);
    }
    for n in file.never.providers.iter().chain(&file.never.phrases) {
        t.plain(n, Sense::Nothing);
    }
    for (i, c) in file.crc.iter().enumerate() {
        let sense = Sense::Crc(i as CrcId);
        for suffix in [" CRC", " Community Rehabilitation Company"] {
            t.plain(&format!("{}{suffix}", c.official), sense.clone());
            let bare = c.official.replace(',', "");
            t.plain(&format!("{bare}{suffix}"), sense.clone());
        }
        for al in &c.aliases {
            t.plain(al, sense.clone());
            t.plain(&al.replace(',', ""), sense.clone());
        }
    }
    for w in &file.context.crc_words {
        t.plain(w, Sense::CrcWord);
    }
    for a in &file.area {
        let sense = Sense::Area(areas.id(&a.name)?);
        for name in std::iter::once(&a.name).chain(&a.aliases).chain(&a.places) {
            t.plain(name, sense.clone());
        }
        for p in &a.prisons {
            for pre in &file.context.prison_before {
                t.plain(&format!("{pre} {p}"), sense.clone());
            }
            for post in &file.context.prison_after {
                t.plain(&format!("{p} {post}"), sense.clone());
            }
        }
    }
    for p in &file.provider {
        let sense = Sense::Provider(providers.id(&p.name)?);
        for name in std::iter::once(&p.name)
            .chain(&p.aliases)
            .chain(&p.formerly)
        {
            t.push(name, sense.clone(), Needs::Plain, None, p.common);
        }
    }
    Ok(t.terms)
}

/// The `[[ambiguous]]` entries, each with what it names and the context
/// it needs.
fn ambiguous_terms(
    t: &mut TermList,
    file: &File,
    areas: &Areas,
    providers: &Providers,
) -> Result<(), GazetteerError> {
    let common_of: HashMap<&str, bool> = file
        .provider
        .iter()
        .map(|p| (p.name.as_str(), p.common))
        .collect();
    for a in &file.ambiguous {
        let sense = if let Some(p) = &a.provider {
            Sense::Provider(providers.id(p)?)
        } else if let Some(n) = &a.area {
            Sense::Area(areas.id(n)?)
        } else if !a.areas.is_empty() {
            Sense::Areas(
                a.areas
                    .iter()
                    .map(|n| areas.id(n))
                    .collect::<Result<_, _>>()?,
            )
        } else {
            return Err(GazetteerError::NamesNothing(a.term.clone()));
        };
        let needs = match a.needs.as_deref() {
            None => Needs::Plain,
            Some("place") => Needs::Place,
            Some("town") => Needs::Town,
            Some("court") => Needs::Court,
            Some("beside") => Needs::Beside,
            Some("after") => Needs::After(a.after.clone()),
            Some("named") => Needs::Named,
            Some("nps") => Needs::Nps,
            Some(other) => {
                return Err(GazetteerError::UnknownNeeds {
                    term: a.term.clone(),
                    needs: other.to_string(),
                });
            }
        };
        let common = a
            .provider
            .as_deref()
            .and_then(|p| common_of.get(p).copied())
            .unwrap_or(false);
        t.push(&a.term, sense, needs, Some(a), common);
    }
    Ok(())
}

/// Keys for user input, each to an area record. A canonical name goes to
/// its highest record ("London" is the region); an alias or town to the
/// record it is listed under ("Birmingham" is the West Midlands area, not
/// the region); a single-area ambiguous word (a user typing "Reading"
/// means the place) to its area's highest record. Names first, so an
/// alias never shadows a name.
fn area_keys(file: &File, areas: &Areas) -> Result<HashMap<String, u16>, GazetteerError> {
    let mut keys = HashMap::new();
    for a in &file.area {
        let record = areas.top_record(&a.name)?;
        keys.entry(normalise(&a.name)).or_insert(record);
    }
    for (i, a) in file.area.iter().enumerate() {
        for t in a.aliases.iter().chain(&a.places) {
            keys.entry(normalise(t)).or_insert(i as u16);
        }
    }
    for a in &file.ambiguous {
        if let Some(n) = &a.area {
            let record = areas.top_record(n)?;
            keys.entry(normalise(&a.term)).or_insert(record);
        }
    }
    Ok(keys)
}

/// Keys for user input, each to a provider: canonical names, then
/// aliases and former names, ambiguous provider words, and the CRCs'
/// official names and aliases.
fn provider_keys(
    file: &File,
    providers: &Providers,
) -> Result<HashMap<String, ProviderId>, GazetteerError> {
    let mut keys = HashMap::new();
    for (i, p) in providers.names.iter().enumerate() {
        keys.insert(normalise(p), i as ProviderId);
    }
    for p in &file.provider {
        let id = providers.id(&p.name)?;
        for t in p.aliases.iter().chain(&p.formerly) {
            keys.entry(normalise(t)).or_insert(id);
        }
    }
    for a in &file.ambiguous {
        if let Some(p) = &a.provider {
            keys.entry(normalise(&a.term)).or_insert(providers.id(p)?);
        }
    }
    for (i, c) in file.crc.iter().enumerate() {
        let id = providers.crcs[i].provider;
        for t in std::iter::once(&format!("{} Community Rehabilitation Company", c.official))
            .chain(&c.aliases)
        {
            keys.entry(normalise(t)).or_insert(id);
        }
    }
    Ok(keys)
}

impl Gazetteer {
    /// The record for a canonical area name; for names that are both a
    /// region and an area (London, West Midlands) the area-level record.
    pub(crate) fn area(&self, canonical: &str) -> Option<&AreaInfo> {
        self.areas
            .iter()
            .filter(|a| a.name == canonical)
            .max_by_key(|a| a.level)
    }

    /// Facet path of a canonical area: `/England/North East/Durham` for an
    /// area, `/England/North East` for a region, `/Wales` for a nation.
    /// Welsh areas sit under the region Wales (`/Wales/Wales/Gwent`), and
    /// London the area is `/England/London/London`, so a filter on the
    /// region `/England/London` counts it.
    pub(crate) fn area_facet(&self, canonical: &str) -> Option<String> {
        self.area(canonical).map(facet_of)
    }

    /// Resolves what a user typed (canonical name, alias, any case) to the
    /// facet path to filter on, choosing the highest level that has that
    /// name ("London" is the region `/England/London`); an alias or town
    /// gives the level it belongs to ("Birmingham" is the West Midlands
    /// area). `Err` carries the nearest canonical names as suggestions.
    #[cfg(test)]
    pub(crate) fn resolve_area(&self, input: &str) -> Result<String, Vec<String>> {
        let key = normalise(input);
        match self.area_keys.get(&key) {
            Some(&record) => Ok(facet_of(&self.areas[record as usize])),
            None => Err(nearest(&key, &self.area_keys, &self.record_names)),
        }
    }

    /// Resolves a user-typed provider (canonical, alias, any case) to its
    /// canonical name; `Err` carries the nearest canonical names.
    #[cfg(test)]
    pub(crate) fn resolve_provider(&self, input: &str) -> Result<String, Vec<String>> {
        let key = normalise(input);
        match self.provider_keys.get(&key) {
            Some(&id) => Ok(self.providers[id as usize].clone()),
            None => Err(nearest(&key, &self.provider_keys, &self.providers)),
        }
    }

    /// The canonical provider that `input` names exactly (canonical name,
    /// alias or former name, after [`normalise`]), without suggestions:
    /// the query planner asks this of many word runs.
    #[cfg(test)]
    pub(crate) fn provider_named(&self, input: &str) -> Option<&str> {
        self.provider_keys
            .get(&normalise(input))
            .map(|&id| self.providers[id as usize].as_str())
    }

    /// Every name `canonical` is known by (itself, aliases, former names),
    /// normalised, in a stable order, so a query naming a provider one way
    /// also finds pages that name it another.
    #[cfg(test)]
    pub(crate) fn provider_forms(&self, canonical: &str) -> Vec<&str> {
        let Some(id) = self.providers.iter().position(|p| p == canonical) else {
            return Vec::new();
        };
        let mut forms: Vec<&str> = self
            .provider_keys
            .iter()
            .filter(|&(_, &p)| p as usize == id)
            .map(|(k, _)| k.as_str())
            .collect();
        forms.sort_unstable();
        forms
    }

    /// Every canonical area name (all levels), each once, in file order:
    /// nations, regions, then areas.
    #[cfg(test)]
    pub(crate) fn area_names(&self) -> impl Iterator<Item = &str> {
        self.names.iter().map(|a| a.as_str())
    }

    /// Every canonical provider name, named CRCs included.
    #[cfg(test)]
    pub(crate) fn provider_names(&self) -> impl Iterator<Item = &str> {
        self.providers.iter().map(|p| p.as_str())
    }

    /// The canonical name behind an [`AreaId`].
    pub(crate) fn area_name(&self, id: AreaId) -> &str {
        &self.names[id as usize]
    }

    /// The id of a canonical area name, if it is one.
    pub(crate) fn area_id(&self, canonical: &str) -> Option<AreaId> {
        self.names
            .iter()
            .position(|n| n == canonical)
            .map(|i| i as AreaId)
    }

    /// The canonical name behind a [`ProviderId`].
    pub(crate) fn provider_name(&self, id: ProviderId) -> &str {
        &self.providers[id as usize]
    }

    /// Number of canonical area names (for sizing per-area tables).
    pub(crate) fn area_count(&self) -> usize {
        self.names.len()
    }

    /// Number of canonical providers, CRCs included.
    pub(crate) fn provider_count(&self) -> usize {
        self.providers.len()
    }

    /// A CRC by id.
    pub(crate) fn crc(&self, id: CrcId) -> &CrcInfo {
        &self.crcs[id as usize]
    }

    /// The CRC that "the CRC in <area>" means, if the area had one.
    pub(crate) fn crc_of_area(&self, id: AreaId) -> Option<CrcId> {
        self.crc_of_area[id as usize]
    }

    /// Every surface form the matcher should look for, variants included.
    pub(crate) fn terms(&self) -> &[Term] {
        &self.terms
    }

    /// The context word lists.
    pub(crate) fn context(&self) -> &Context {
        &self.context
    }
}

/// `/Nation[/Region[/Area]]` for a record.
fn facet_of(a: &AreaInfo) -> String {
    match (a.level, &a.region) {
        (Level::Nation, _) => format!("/{}", a.name),
        (Level::Region, _) => format!("/{}/{}", a.nation, a.name),
        (Level::Area, Some(r)) => format!("/{}/{}/{}", a.nation, r, a.name),
        (Level::Area, None) => format!("/{}/{}", a.nation, a.name),
    }
}

/// Canonical provider name of a CRC from the place part of its official
/// name: "Kent, Surrey and Sussex" -> "Kent Surrey and Sussex CRC".
fn crc_name(official: &str) -> String {
    format!("{} CRC", official.replace(',', ""))
}

/// The spellings of one term that real pages use: "&" for "and" (and back),
/// either apostrophe, a space for a hyphen (and "North-East" for "North
/// East"), "St." for "St".
fn variants(text: &str) -> Vec<String> {
    let mut out = vec![text.to_string()];
    type Rewrite = fn(&str) -> Option<String>;
    let rules: [Rewrite; 7] = [
        |s| s.contains(" and ").then(|| s.replace(" and ", " & ")),
        |s| s.contains(" & ").then(|| s.replace(" & ", " and ")),
        |s| s.contains('\'').then(|| s.replace('\'', "\u{2019}")),
        |s| s.contains('\u{2019}').then(|| s.replace('\u{2019}', "'")),
        |s| {
            let b = s.as_bytes();
            let inner = (1..b.len().saturating_sub(1))
                .any(|i| b[i] == b'-' && b[i - 1].is_ascii_alphanumeric());
            inner.then(|| s.replace('-', " "))
        },
        |s| {
            (s.starts_with("St ") || s.contains(" St "))
                .then(|| format!(" {s}").replace(" St ", " St. ")[1..].to_string())
        },
        |s| {
            let two = ["North East", "North West", "South East", "South West"];
            two.iter()
                .find(|c| s.contains(*c))
                .map(|c| s.replace(c, &c.replace(' ', "-")))
        },
    ];
    for rule in rules {
        for i in 0..out.len() {
            if let Some(v) = rule(&out[i])
                && !out.contains(&v)
            {
                out.push(v);
            }
        }
    }
    out
}

/// Folds user input and names to one comparable form: lower case,
/// apostrophes dropped, "&" as "and", other punctuation (full stops
/// included: "S.Yorks") as spaces, single spaces, no leading "the".
pub(crate) fn normalise(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\'' | '\u{2019}' => {}
            '&' => out.push_str(" and "),
            c if c.is_alphanumeric() => out.extend(c.to_lowercase()),
            _ => out.push(' '),
        }
    }
    let folded = out.split_whitespace().collect::<Vec<_>>().join(" ");
    match folded.strip_prefix("the ") {
        Some(rest) => rest.to_string(),
        None => folded,
    }
}

/// The lookup tables user input is resolved against, as plain lists: the
/// build script writes them into the binary as sorted static arrays (see
/// `crate::names`), so answering a query never parses the data file.
#[allow(dead_code)] // Built by build.rs, which compiles this file on its own.
pub(crate) struct NameTables {
    /// Canonical provider names, by id.
    pub providers: Vec<String>,
    /// Normalised provider name / alias / former name -> provider id.
    pub provider_keys: Vec<(String, u16)>,
    /// Name of each area record, by record index.
    pub area_names: Vec<String>,
    /// Facet path of each area record, by record index.
    pub area_facets: Vec<String>,
    /// Normalised area name / alias / town -> record index.
    pub area_keys: Vec<(String, u16)>,
}

impl Gazetteer {
    /// The user-input lookup tables, keys sorted.
    #[allow(dead_code)] // Called by build.rs, which compiles this file on its own.
    pub(crate) fn name_tables(&self) -> NameTables {
        let sorted = |m: &HashMap<String, u16>| {
            let mut v: Vec<(String, u16)> = m.iter().map(|(k, &i)| (k.clone(), i)).collect();
            v.sort();
            v
        };
        NameTables {
            providers: self.providers.clone(),
            provider_keys: sorted(&self.provider_keys),
            area_names: self.record_names.clone(),
            area_facets: self.areas.iter().map(facet_of).collect(),
            area_keys: sorted(&self.area_keys),
        }
    }
}

/// Up to three canonical names nearest to a key that matched nothing:
/// names or aliases that start with it first, then by edit distance.
#[cfg(test)]
fn nearest(key: &str, keys: &HashMap<String, u16>, names: &[String]) -> Vec<String> {
    nearest_of(
        key,
        keys.iter().map(|(k, &id)| (k.as_str(), id)),
        &names.iter().map(String::as_str).collect::<Vec<_>>(),
    )
}

/// The nearest names (see `Gazetteer::resolve_area`) over any list of
/// (key, id) pairs.
pub(crate) fn nearest_of<'a>(
    key: &str,
    keys: impl Iterator<Item = (&'a str, u16)>,
    names: &[&str],
) -> Vec<String> {
    let mut best: HashMap<u16, usize> = HashMap::new();
    for (k, id) in keys {
        let d = if !key.is_empty()
            && (k.starts_with(key) || k.split(' ').any(|w| w.starts_with(key)))
        {
            0
        } else {
            edit_distance(key, k)
        };
        let e = best.entry(id).or_insert(usize::MAX);
        *e = (*e).min(d);
    }
    let mut ranked: Vec<(usize, &str)> = best
        .into_iter()
        .map(|(id, d)| (d, names[id as usize]))
        .collect();
    ranked.sort();
    // Two records may share a name (London the region and the area).
    let mut seen: Vec<&str> = Vec::new();
    ranked.retain(|&(_, n)| {
        let fresh = !seen.contains(&n);
        seen.push(n);
        fresh
    });
    let limit = (key.chars().count() / 2).max(2);
    ranked
        .into_iter()
        .filter(|&(d, _)| d <= limit)
        .take(3)
        .map(|(_, n)| n.to_string())
        .collect()
}

/// Levenshtein distance over characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    #[test]
    fn provider_named_takes_aliases_but_never_guesses() {
        let g = get();
        assert_eq!(
            g.provider_named("KSS CRC"),
            Some("Kent Surrey and Sussex CRC")
        );
        assert_eq!(
            g.provider_named("kent, surrey and sussex crc"),
            Some("Kent Surrey and Sussex CRC")
        );
        assert_eq!(g.provider_named("Seetc"), None);
    }

    #[test]
    fn provider_forms_list_every_name() {
        let forms = get().provider_forms("Kent Surrey and Sussex CRC");
        assert!(forms.contains(&"kss crc"), "{forms:?}");
        assert!(forms.contains(&"kent surrey and sussex crc"), "{forms:?}");
        assert!(get().provider_forms("Atlantis Ltd").is_empty());
    }

    use super::*;

    fn g() -> &'static Gazetteer {
        get()
    }

    #[test]
    fn loads_every_canonical_area_once() {
        let names: Vec<&str> = g().area_names().collect();
        assert_eq!(
            names.len(),
            4 + 9 + 42 - 2,
            "London and West Midlands counted once"
        );
        let unique: HashSet<&&str> = names.iter().collect();
        assert_eq!(unique.len(), names.len());
        assert!(names.contains(&"Dyfed-Powys"));
        assert!(names.contains(&"Yorkshire and the Humber"));
    }

    #[test]
    fn providers_include_vocabulary_and_the_21_crcs() {
        let p: Vec<&str> = g().provider_names().collect();
        assert_eq!(p.iter().filter(|n| n.ends_with(" CRC")).count(), 21);
        for name in [
            "National Probation Service",
            "Sodexo Justice Services",
            "PeoplePlus",
            "Kent Surrey and Sussex CRC",
            "Bedfordshire Northamptonshire Cambridgeshire and Hertfordshire CRC",
            "Durham Tees Valley CRC",
            "Wales CRC",
        ] {
            assert!(p.contains(&name), "{name}");
        }
        assert!(!p.contains(&"HM Prison Service"));
    }

    #[test]
    fn area_record_prefers_area_level_for_shared_names() {
        let london = g().area("London").unwrap();
        assert_eq!(london.level, Level::Area);
        assert_eq!(london.region.as_deref(), Some("London"));
        assert_eq!(g().area("North East").unwrap().level, Level::Region);
        assert_eq!(g().area("Gwent").unwrap().nation, "Wales");
    }

    #[test]
    fn facets_follow_the_hierarchy() {
        let f = |n| g().area_facet(n).unwrap();
        assert_eq!(f("Durham"), "/England/North East/Durham");
        assert_eq!(f("North East"), "/England/North East");
        assert_eq!(f("Wales"), "/Wales");
        assert_eq!(f("Scotland"), "/Scotland");
        assert_eq!(f("Gwent"), "/Wales/Wales/Gwent");
        assert_eq!(f("London"), "/England/London/London");
        assert_eq!(f("West Midlands"), "/England/West Midlands/West Midlands");
        assert_eq!(g().area_facet("Atlantis"), None);
    }

    #[test]
    fn resolve_area_takes_aliases_case_and_punctuation() {
        let r = |s| g().resolve_area(s).unwrap();
        assert_eq!(
            r("South Yorks"),
            "/England/Yorkshire and the Humber/South Yorkshire"
        );
        assert_eq!(
            r("s. yorkshire"),
            "/England/Yorkshire and the Humber/South Yorkshire"
        );
        assert_eq!(r("north east"), "/England/North East");
        assert_eq!(r("North-East"), "/England/North East");
        assert_eq!(
            r("Sheffield"),
            "/England/Yorkshire and the Humber/South Yorkshire"
        );
        assert_eq!(r("Birmingham"), "/England/West Midlands/West Midlands");
        assert_eq!(r("Croydon"), "/England/London/London");
        assert_eq!(r("Reading"), "/England/South East/Thames Valley");
        assert_eq!(
            r("avon & somerset"),
            "/England/South West/Avon and Somerset"
        );
        assert_eq!(r("dyfed powys"), "/Wales/Wales/Dyfed-Powys");
    }

    #[test]
    fn resolve_area_picks_the_highest_level_of_a_shared_name() {
        assert_eq!(g().resolve_area("London").unwrap(), "/England/London");
        assert_eq!(
            g().resolve_area("west midlands").unwrap(),
            "/England/West Midlands"
        );
        assert_eq!(g().resolve_area("Wales").unwrap(), "/Wales");
    }

    #[test]
    fn resolve_area_suggests_near_names() {
        let err = g().resolve_area("Yorkshir").unwrap_err();
        assert!(!err.is_empty() && err.len() <= 3, "{err:?}");
        assert!(err.iter().any(|n| n.contains("Yorkshire")), "{err:?}");
        let err = g().resolve_area("Hamshire").unwrap_err();
        assert_eq!(err.first().map(String::as_str), Some("Hampshire"));
        assert!(g().resolve_area("zzzzzzzzzzzz").unwrap_err().is_empty());
        let err = g().resolve_area("Londn").unwrap_err();
        assert_eq!(err.iter().filter(|n| *n == "London").count(), 1, "{err:?}");
    }

    #[test]
    fn resolve_provider_takes_aliases_and_former_names() {
        let r = |s| g().resolve_provider(s).unwrap();
        assert_eq!(r("Sodexo"), "Sodexo Justice Services");
        assert_eq!(r("kalyx"), "Sodexo Justice Services");
        assert_eq!(r("KSS CRC"), "Kent Surrey and Sussex CRC");
        assert_eq!(r("Kent, Surrey & Sussex CRC"), "Kent Surrey and Sussex CRC");
        assert_eq!(r("Addaction"), "We Are With You");
        assert_eq!(r("RAPt"), "The Forward Trust");
        assert_eq!(r("forward trust"), "The Forward Trust");
        assert_eq!(r("the nps"), "National Probation Service");
        assert_eq!(
            r("BeNCH CRC"),
            "Bedfordshire Northamptonshire Cambridgeshire and Hertfordshire CRC"
        );
        assert_eq!(r("london community rehabilitation company"), "London CRC");
    }

    #[test]
    fn resolve_provider_suggests_near_names() {
        let err = g().resolve_provider("Serko").unwrap_err();
        assert_eq!(err.first().map(String::as_str), Some("Serco"));
        assert!(g().resolve_provider("HM Prison Service").is_err());
    }

    #[test]
    fn crc_names_are_derived_from_official_names() {
        assert_eq!(
            crc_name("Kent, Surrey and Sussex"),
            "Kent Surrey and Sussex CRC"
        );
        let wales = g().crc(g().crc_of_area(g().area_id("Gwent").unwrap()).unwrap());
        assert_eq!(g().provider_name(wales.provider), "Wales CRC");
        let names: Vec<&str> = wales.areas.iter().map(|&a| g().area_name(a)).collect();
        assert_eq!(names, ["Wales"]);
    }

    #[test]
    fn variants_cover_ampersand_apostrophe_hyphen_and_saint() {
        let v = variants("Avon and Somerset");
        assert!(v.contains(&"Avon & Somerset".to_string()));
        assert!(variants("King's Lynn").contains(&"King\u{2019}s Lynn".to_string()));
        assert!(variants("Dyfed-Powys").contains(&"Dyfed Powys".to_string()));
        assert!(variants("St Helens").contains(&"St. Helens".to_string()));
        assert_eq!(variants("Kent"), vec!["Kent".to_string()]);
    }

    #[test]
    fn no_text_names_two_different_things() {
        // Texts equal but for case ("Nacro", "NACRO") may both be terms, as
        // long as they name the same thing.
        let mut seen: HashMap<String, &Sense> = HashMap::new();
        for t in g().terms() {
            if let Some(prev) = seen.insert(t.text.to_lowercase(), &t.sense) {
                assert_eq!(prev, &t.sense, "{:?} names two things", t.text);
            }
        }
    }

    #[test]
    fn ambiguous_entries_replace_plain_ones() {
        let t = g()
            .terms()
            .iter()
            .find(|t| t.text == "Probation Service")
            .unwrap();
        assert!(t.unless_after.iter().any(|w| w == "officers"));
        let t = g().terms().iter().find(|t| t.text == "NPS").unwrap();
        assert_eq!(t.needs, Needs::Nps);
    }

    #[test]
    fn prisons_are_only_terms_with_a_prison_word() {
        let texts: HashSet<&str> = g().terms().iter().map(|t| t.text.as_str()).collect();
        assert!(texts.contains("HMP Ford"));
        assert!(texts.contains("Strangeways prison"));
        assert!(!texts.contains("Ford"));
        assert!(!texts.contains("Send"));
    }

    #[test]
    fn normalise_folds_case_and_punctuation() {
        assert_eq!(normalise("  The S. Yorks "), "s yorks");
        assert_eq!(normalise("S.Yorks"), "s yorks");
        assert_eq!(normalise("Avon & Somerset"), "avon and somerset");
        assert_eq!(normalise("Chester-le-Street"), "chester le street");
        assert_eq!(normalise("King’s Lynn"), "kings lynn");
    }

    #[test]
    fn a_broken_data_file_says_what_is_wrong() {
        let err = |text: &str| Gazetteer::parse(text).err().map(|e| e.to_string());
        assert!(err("schema = [").is_some());
        assert_eq!(
            err(&DATA.replacen("schema = 1", "schema = 9", 1)).as_deref(),
            Some("unsupported schema 9")
        );
        assert_eq!(
            err(&DATA.replacen("level = \"nation\"", "level = \"planet\"", 1)).as_deref(),
            Some("England: unknown level planet")
        );
        assert!(Gazetteer::parse(DATA).is_ok());
    }

    #[test]
    fn edit_distance_counts_edits() {
        assert_eq!(edit_distance("kent", "kent"), 0);
        assert_eq!(edit_distance("serko", "serco"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
    }
}
