"""The pure model: anatomy, zones, lines and masks in centimetres (numpy + shapely, no Qt)."""
