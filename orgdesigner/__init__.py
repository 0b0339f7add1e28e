"""OrgDesigner: design the organisation of a (merging) Norwegian kommune."""

__version__ = "0.1.0"
