"""The chat app's screens: the conversation, the article reader and the help."""
