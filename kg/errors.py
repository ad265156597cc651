"""The error a user can fix, shared by the library and the command line."""


class UserError(Exception):
    """A problem the user can fix (bad arguments or settings, missing store, endpoint down);
    the command line prints it as one line, without a traceback, and exits with status 2."""
