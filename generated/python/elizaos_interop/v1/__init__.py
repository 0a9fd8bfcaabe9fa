# Generated from proto/ by codegen/generate.sh (buf generate). Do not edit; regenerate instead.
