package org.courtsearch.web.http;

/** The body of every API error: a short reason and a readable detail. */
public record ApiError(String error, String detail) {}
