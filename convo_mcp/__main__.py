from convo_mcp.cli import main

raise SystemExit(main())
