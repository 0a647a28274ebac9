"""What every feature of the app uses: messages, settings, rich text, small widgets."""
