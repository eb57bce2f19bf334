/** A GET against the app with an optional bearer token; the body parsed as JSON when it is JSON (else the text). */
export async function getFrom(baseUrl: string, path: string, token?: string): Promise<{ status: number; body: unknown; headers: Headers; text: string }> {
  const res = await fetch(`${baseUrl}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // CSV, HTML or empty: the text is the body.
  }
  return { status: res.status, body, headers: res.headers, text };
}
