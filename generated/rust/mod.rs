// Generated from proto/ by codegen/generate.sh (buf generate). Do not edit; regenerate instead.
pub mod eliza {
    pub mod interop {
        pub mod v1 {
            include!("eliza/interop/v1/eliza.interop.v1.rs");
        }
    }
}
