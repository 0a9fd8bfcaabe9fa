"""The wire: protocol constants, the proto3 JSON codec, framing, and the Envelope body helper."""
