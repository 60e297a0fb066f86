"""The command-line conventions the bench scripts share: -h/--help prints
the script's docstring, and too few arguments print its usage line and
exit 2, rather than a traceback."""
import sys


def check_args(doc, nmin):
    """Exits 0 after the docstring for -h/--help; exits 2 with the usage
    line when fewer than nmin arguments are given."""
    args = sys.argv[1:]
    if "-h" in args or "--help" in args:
        print(doc.strip())
        sys.exit(0)
    if len(args) < nmin:
        usage = [l for l in doc.splitlines() if l.startswith("usage:")]
        sys.stderr.write((usage[0] if usage else "bad arguments; see --help") + "\n")
        sys.exit(2)
