"""BackGuide: a desktop guide for people with back pain and those who advise them."""

__version__ = "0.1.0"
