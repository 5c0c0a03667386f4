"""Many articles: ingest them into a corpus store, then search and query it.

    >>> from warta import corpus
    >>> print(corpus.ingest(["berita/"], db="corpus.db", n_process=2))
    120 added, 3 near-duplicates, 0 duplicates, 1 failed in 2.4 s
    >>> corpus.quotes(speaker="Retno Marsudi", since="2024-10-01", db="corpus.db")
    >>> corpus.claims(unit="pasukan", about="Korea Utara", db="corpus.db")
    >>> corpus.revisions("pasukan", about="Korea Utara", db="corpus.db")   # 3.000 -> 10.000, who and where
    >>> corpus.entity("Prabowo", db="corpus.db").titles
    >>> corpus.export("quotes", "parquet", "quotes.parquet", db="corpus.db")

Every function takes ``db``: a ``warta.store.Store``, a SQLite path, a PostgreSQL URL, or None for the default
file in the user's data directory. Copies of one story (near-duplicates) are counted once everywhere.
"""

from .export import export, export_all
from .ingest import IngestSummary, ingest
from .profile import Profile, Title
from .profile import entity_profile as entity
from .reanalyze import ReanalyzeSummary, reanalyze
from .revisions import Revision, revisions
from .search import Hit, search
from .statements import Claim, QuoteHit
from .statements import claims_query as claims
from .statements import quotes_query as quotes

__all__ = ["Claim", "Hit", "IngestSummary", "Profile", "QuoteHit", "ReanalyzeSummary", "Revision", "Title", "claims",
           "entity", "export", "export_all", "ingest", "quotes", "reanalyze", "revisions", "search"]
