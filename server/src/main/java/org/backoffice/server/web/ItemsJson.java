package org.backoffice.server.web;

import java.util.List;

/** A short list given whole, without paging. */
public record ItemsJson<T>(List<T> items) {}
