"""The atlas: a body with its zones, stroke lines and masks, and its GeoJSON."""
