"""The body: proportions, levels and landmarks, and points anchored to them."""
