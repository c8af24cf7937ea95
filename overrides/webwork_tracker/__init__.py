"""Hand-written layer over the generated WebWork Tracker client."""
