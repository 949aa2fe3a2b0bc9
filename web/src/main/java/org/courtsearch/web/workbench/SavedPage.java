package org.courtsearch.web.workbench;

import java.util.List;
import org.courtsearch.search.workbench.WhatsNew;

/** The list of saved searches, each with what is new since its last visit. */
public record SavedPage(List<WhatsNew.Count> saved) {}
