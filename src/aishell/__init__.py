"""aishell: an AI-powered database shell."""

__version__ = "0.1.0"
