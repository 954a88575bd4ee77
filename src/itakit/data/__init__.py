"""Data files shipped with itakit: the fictional example agency of ``itakit demo``."""
