"""Clearance, comments and the Word review round trip in the app (thin: logic in briefing)."""
