"""egassist: cited answers from UN cybercrime negotiation documents."""

__version__ = "0.1.0"
