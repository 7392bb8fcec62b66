/**
 * What every page and every API controller shares, whichever module it serves: the viewer and the marker of a page
 * controller, error pages and RFC 9457 problem details, the one way a form is read and refused ({@link
 * org.backoffice.server.web.Form}, {@link org.backoffice.server.web.Inputs}), the generic table and form pages, paging,
 * report tables and downloads; and for the API, parameters, paging, ETags and idempotency keys. It knows no module's
 * pages: the parts ({@code platform}, {@code bank}, {@code securities}, {@code reporting}) use it, never the reverse.
 */
package org.backoffice.server.web;
