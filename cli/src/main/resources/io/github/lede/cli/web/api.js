// The JSON API, as the page calls it: the same answers `lede ... --json` prints.

/** An answer other than 200: the status and the server's {status, error[, position, reason, query]}. */
export class ApiError extends Error {
  constructor(status, body) {
    super(body && body.error ? body.error : `the server answered ${status}`);
    this.status = status;
    this.body = body || {};
  }
}

/** GET /api/<path>?<params>, params as [name, value] pairs (names may repeat). */
export async function api(path, params = []) {
  const qs = new URLSearchParams(params).toString();
  let res;
  try {
    res = await fetch(`/api/${path}${qs ? '?' + qs : ''}`, { headers: { Accept: 'application/json' } });
  } catch (e) {
    throw new ApiError(0, { error: 'the server cannot be reached: is lede serve still running?' });
  }
  let body = null;
  try {
    body = await res.json();
  } catch (e) {
    body = { error: `the server answered ${res.status} without JSON` };
  }
  if (!res.ok) throw new ApiError(res.status, body);
  return body;
}
