//! Golden envelope vectors (tests/vectors/envelopes): Rust decodes them and re-encodes byte-identically;
//! the proto3 JSON of each decodes to the same bytes and re-encodes to an equal JSON value.
use std::fs;
use std::path::PathBuf;

use elizaos_interop::proto::Envelope;
use prost::Message;

fn vectors_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors/envelopes")
}

fn names() -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(vectors_dir())
        .expect("tests/vectors/envelopes exists")
        .filter_map(|e| {
            let p = e.ok()?.path();
            (p.extension()? == "binpb").then(|| p.file_stem().unwrap().to_string_lossy().into_owned())
        })
        .collect();
    names.sort();
    names
}

#[test]
fn there_are_vectors_for_every_kind() {
    // 29 Envelope kinds; the generator adds a couple of variants.
    assert!(names().len() >= 29, "found {} vectors", names().len());
}

#[test]
fn binary_round_trip_is_byte_identical() {
    for name in names() {
        let bytes = fs::read(vectors_dir().join(format!("{name}.binpb"))).unwrap();
        let env = Envelope::decode(bytes.as_slice()).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(env.body.is_some(), "{name}: empty envelope");
        assert_eq!(env.encode_to_vec(), bytes, "{name}: re-encoding differs");
    }
}

#[test]
fn json_decodes_to_the_same_bytes_and_re_encodes_equal() {
    for name in names() {
        let text = fs::read_to_string(vectors_dir().join(format!("{name}.json"))).unwrap();
        let env: Envelope = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        let bytes = fs::read(vectors_dir().join(format!("{name}.binpb"))).unwrap();
        assert_eq!(env.encode_to_vec(), bytes, "{name}: JSON decodes to different bytes");
        let expected: serde_json::Value = serde_json::from_str(&text).unwrap();
        let actual = serde_json::to_value(&env).unwrap();
        assert_eq!(actual, expected, "{name}: JSON re-encoding differs");
    }
}
