"""Quiz questions and their grading."""
