"""The relief checklist window and its history."""
