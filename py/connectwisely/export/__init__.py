"""Reading LinkedIn's data export: the ZIP, its CSV dialects and eras, and each file the tools use."""
