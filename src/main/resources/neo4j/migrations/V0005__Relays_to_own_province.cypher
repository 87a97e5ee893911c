// A relay to 全省…会议 naming no convener means the relaying body's own province (cascade.ShortForms.scopePlace).
// References linked before that are placed again by the data step (cascade.ScopedRelayBackfill); no schema change.
