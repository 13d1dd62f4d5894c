"""The session: its timeline, the hands' motion and the dose map."""
