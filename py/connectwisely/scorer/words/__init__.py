"""The words the profile scorer reads profiles by, one module per language (see :mod:`.tables`)."""
