"""The write path: every change to the database goes through a service, in one transaction."""
