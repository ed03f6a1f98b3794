"""A delegate's shorthand: a question that opens with what it asks for ("number of States that
attended?", "panellists at the fifth meeting?") asks it only when no question word follows;
"proportion of resources allocated to which region?" asks which region."""

NO_QUESTION_WORD_AFTER = r"(?![^?]*\b(?:what|which|who|whom|whose|when|where|why|how)\b)"
"""A lookahead for the end of such an opening."""
