"""Reading and writing documents: validation in Dorsum's words, line locators, atomic saves."""
