"""Qt widgets that show what ``backguide.core`` says and report what the user did."""
