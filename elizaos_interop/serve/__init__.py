"""The plugin side: dispatch (Envelope → plugin code), the IPC server, the bridge command line."""
