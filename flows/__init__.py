"""Prefect layer: tasks wrap the library's stages, flows only compose them. Entry points for prefect.yaml."""
