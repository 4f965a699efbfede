//! Random batches checked against a deliberately naive model of the store's semantics:
//! outcomes (including which error), list/find results, views taken earlier, and
//! snapshot/restore all have to agree with it.

use std::collections::BTreeMap;

use shoal_store::{Action, ActionKind, IndexEntry, Store, View};

#[derive(Clone, Debug, PartialEq)]
struct Obj {
    version: u64,
    data: Vec<u8>,
    ix: Vec<IndexEntry>,
}

type Model = BTreeMap<(String, String), Obj>;

fn normalized(ix: &[IndexEntry]) -> Vec<IndexEntry> {
    let mut v: Vec<IndexEntry> = Vec::new();
    for e in ix {
        match v
            .iter_mut()
            .find(|x| x.name == e.name && x.value == e.value)
        {
            Some(x) => x.unique |= e.unique,
            None => v.push(e.clone()),
        }
    }
    v.sort_by(|a, b| (&a.name, &a.value).cmp(&(&b.name, &b.value)));
    v
}

fn model_apply(m: &Model, version: u64, actions: &[Action]) -> Result<Model, &'static str> {
    let mut m = m.clone();
    for a in actions {
        let key = (a.table.clone(), a.id.clone());
        let cur = m.get(&key).cloned();
        match (a.kind, &cur) {
            (ActionKind::Create, Some(_)) => return Err("Exists"),
            (ActionKind::Update | ActionKind::Delete, None) => return Err("NotFound"),
            (ActionKind::Update | ActionKind::Delete, Some(o))
                if a.expected_version.is_some_and(|v| v != o.version) =>
            {
                return Err("Conflict")
            }
            _ => {}
        }
        if a.kind == ActionKind::Delete {
            m.remove(&key);
            continue;
        }
        let ix = normalized(&a.indexes);
        for e in &ix {
            let clash = m.iter().any(|((t, id), o)| {
                *t == a.table
                    && *id != a.id
                    && o.ix
                        .iter()
                        .any(|x| x.name == e.name && x.value == e.value && (x.unique || e.unique))
            });
            if clash {
                return Err("NameConflict");
            }
        }
        let data = match (&a.data, &cur) {
            (Some(d), _) => d.clone(),
            (None, Some(o)) => o.data.clone(),
            (None, None) => Vec::new(),
        };
        m.insert(key, Obj { version, data, ix });
    }
    Ok(m)
}

const TABLES: [&str; 2] = ["a", "b"];
const INDEXES: [&str; 2] = ["name", "label"];

fn check(view: &View, m: &Model) {
    for t in TABLES {
        let want: Vec<(String, u64, Vec<u8>)> = m
            .iter()
            .filter(|((tt, _), _)| tt == t)
            .map(|((_, id), o)| (id.clone(), o.version, o.data.clone()))
            .collect();
        let got: Vec<(String, u64, Vec<u8>)> = view
            .list(t)
            .into_iter()
            .map(|o| (o.id, o.version, o.data.to_vec()))
            .collect();
        assert_eq!(got, want, "list {t}");
        assert_eq!(view.count(t), want.len());
        for name in INDEXES {
            for value in 0..4 {
                let value = value.to_string();
                let want: Vec<String> = m
                    .iter()
                    .filter(|((tt, _), o)| {
                        tt == t && o.ix.iter().any(|x| x.name == name && x.value == value)
                    })
                    .map(|((_, id), _)| id.clone())
                    .collect();
                let got: Vec<String> = view
                    .find(t, name, &value)
                    .into_iter()
                    .map(|o| o.id)
                    .collect();
                assert_eq!(got, want, "find {t} {name}={value}");
            }
        }
    }
}

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn random_action(r: &mut Rng, m: &Model) -> Action {
    let table = TABLES[r.below(2) as usize].to_string();
    // Some ids long enough to leave the inline key representation.
    let id = if r.below(5) == 0 {
        format!("{}-{}", "x".repeat(30), r.below(3))
    } else {
        format!("id{}", r.below(8))
    };
    // Mostly plausible actions, so that batches succeed often enough to build up state.
    let exists = m.contains_key(&(table.clone(), id.clone()));
    let kind = match (exists, r.below(20)) {
        (true, 0..=11) | (false, 16..=17) => ActionKind::Update,
        (true, 12..=16) | (false, 18..=19) => ActionKind::Delete,
        _ => ActionKind::Create,
    };
    let indexes = (0..r.below(4))
        .map(|_| IndexEntry {
            name: INDEXES[r.below(2) as usize].to_string(),
            value: r.below(4).to_string(),
            unique: r.below(4) == 0,
        })
        .collect();
    let expected_version = match (r.below(3), m.get(&(table.clone(), id.clone()))) {
        (0, Some(o)) => Some(o.version),
        (1, _) if r.below(4) == 0 => Some(r.below(20)),
        _ => None,
    };
    let data = if r.below(6) == 0 {
        None
    } else {
        Some(vec![r.below(256) as u8; r.below(4) as usize])
    };
    Action {
        kind,
        table,
        id,
        expected_version,
        data,
        indexes,
    }
}

#[test]
fn random_batches_match_model() {
    let mut r = Rng(0x2545_f491_4f6c_dd1d);
    let mut store = Store::new();
    let mut model = Model::new();
    let mut old: Vec<(View, Model)> = Vec::new();
    let (mut ok, mut failed) = (0, 0);
    for version in 1..=3_000u64 {
        let batch: Vec<Action> = (0..1 + r.below(4))
            .map(|_| random_action(&mut r, &model))
            .collect();
        let want = model_apply(&model, version, &batch);
        let got = store.apply(version, &batch);
        match (&want, &got) {
            (Ok(m), Ok(changes)) => {
                assert_eq!(changes.len(), batch.len());
                model = m.clone();
                ok += 1;
            }
            (Err(code), Err(e)) => {
                assert_eq!(*code, e.code(), "batch {batch:?}: {e}");
                failed += 1;
            }
            _ => panic!("version {version}: model {want:?} store {got:?} for {batch:?}"),
        }
        let v = store.view();
        check(&v, &model);
        if version % 97 == 0 {
            old.push((v, model.clone()));
        }
        if version % 500 == 0 {
            let bytes = store.snapshot();
            let restored = Store::restore(&bytes).unwrap();
            check(&restored.view(), &model);
            assert_eq!(restored.snapshot(), bytes);
            // Carry on with the restored copy so later batches exercise restored indexes.
            store = restored;
        }
    }
    for (v, m) in &old {
        check(v, m);
    }
    println!(
        "{ok} batches applied, {failed} rejected, {} objects at the end",
        model.len()
    );
    assert!(
        ok > 300 && failed > 300,
        "ok {ok} failed {failed}: the mix should exercise both"
    );
}
