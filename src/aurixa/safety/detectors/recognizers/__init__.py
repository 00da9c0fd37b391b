"""The PII recognizers, one module per family of formats."""
