"""Prose written for this project, shared by the tests of zoning on page-like texts
(tests/test_chrome.py, tests/test_real_patterns.py)."""

PROSE = (
    "On Tuesday morning, the Lingxi Town government organised forty volunteers to clear the irrigation "
    "channels of Dongpo Village before the spring sowing, and the town's water station checked every sluice gate."
)
PROSE_2 = (
    "The volunteers also visited the elderly households of Dongpo Village, repaired two footbridges over the "
    "channels and promised to come back after the sowing to check the sluice gates once more."
)
TITLE = "Lingxi Town volunteers clear irrigation channels before spring sowing"
