"""AI features: translating questions into SQL."""
