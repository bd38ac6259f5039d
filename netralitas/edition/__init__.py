"""The public edition: the published record as a static site (``python -m netralitas publish``).

``record`` reads what may be published from the warehouse (through the data functions, as
the public), ``site`` plans every page from it (one builder per page type), ``render`` turns a
page into HTML (``static_chart`` draws its charts at build time), ``build`` writes them beside
the published folder and swaps the two atomically, ``scan`` refuses any file that would carry a
name, an NIP or a case id, ``history`` keeps the data changelog, ``assets`` the shared files.
"""
