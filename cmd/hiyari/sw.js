// Hiyari's service worker, given to go-app as Handler.ServiceWorkerTemplate.
// go-app fills in the version and the resources to cache; our handler fills
// in the routes, the wasm's URL and the SHA-256 of the app.wasm the server
// hands out with this worker (the constants below).
//
// Why not go-app's default worker: its install and activate steps do not
// wait for their work (so a failed background update could leave no offline
// copy), it caches only "/" (deep links fail offline) and activation deletes
// every cache of the origin, including other intranet apps' caches.
//
// Rules kept here:
// - install precaches everything into a new cache named for this version and
//   fails as a whole if the app itself could not be stored, or if the stored
//   wasm is not exactly the one this worker was made for (a half-copied file
//   on the server still comes with 200 OK): the browser then drops the new
//   worker, keeps the working version in charge and offers nothing;
// - Hiyari's own older caches of this scope are deleted only once a page
//   reports that this version's app has started: if it cannot start, the
//   previous version's copy is still there;
// - navigations are answered from the cache and fall back to the cached
//   shell, so any deep link opens offline; never with a redirected
//   response (see unredirected);
// - nothing is ever fetched from another origin.
const cachePrefix = "hiyari-" + self.registration.scope + "-";
const version = "{{.Version}}";
const cacheName = cachePrefix + version;
const resourcesToCache = {{.ResourcesToCache}};
const routes = {{.Routes}};
const wasmURL = "{{.Wasm}}";
const wasmSHA256 = "{{.WasmSHA256}}";

// Route pages are prerendered copies; a static host may not serve them under
// their bare path, so they are cached when available and otherwise the shell
// stands in for them.
const core = resourcesToCache.filter((u) => !routes.includes(u) || isShell(u));

function isShell(u) {
  const scope = new URL(self.registration.scope);
  const p = new URL(u, scope).pathname;
  return p === scope.pathname || p + "/" === scope.pathname;
}

self.addEventListener("install", (event) => {
  event.waitUntil(install());
});

async function install() {
  const cache = await caches.open(cacheName);
  try {
    // "no-cache": revalidate with the server, so nothing stale is stored,
    // but reuse what the page has just downloaded (the wasm above all)
    // when the server answers 304 Not Modified.
    await Promise.all(
      core.map(async (u) => {
        const res = await fetch(new Request(u, { cache: "no-cache" }));
        if (!res.ok) {
          throw new Error(`${u}: ${res.status} ${res.statusText}`);
        }
        // The shell is kept under the scope's own URL (with its slash):
        // that is where a static server sends the bare prefix.
        await cache.put(isShell(u) ? self.registration.scope : u, await unredirected(res));
      })
    );
    await checkWasm(cache);
  } catch (err) {
    // Leave no half-filled cache behind; rejecting makes the install fail.
    await caches.delete(cacheName);
    throw err;
  }
  await Promise.all(
    routes
      .filter((u) => !isShell(u))
      .map(async (u) => {
        try {
          const res = await fetch(new Request(u, { cache: "no-cache" }));
          if (res.ok) {
            await cache.put(u, await unredirected(res));
          }
        } catch (err) {
          // The shell covers this route offline.
        }
      })
  );
  // Take over at once; go-app then tells the page that an update is
  // installed and the page offers a reload instead of reloading by itself.
  await self.skipWaiting();
}

// unredirected returns res as a response of its own. A static server
// answers a directory without its slash (the bare prefix /security-check)
// with a redirect; the response fetch ends with is marked "redirected", and
// a browser refuses a redirected response to a navigation: cached as it
// is, it broke every reload, deep link and offline start under a sub-path.
async function unredirected(res) {
  if (!res.redirected) {
    return res;
  }
  return new Response(await res.blob(), {
    status: res.status,
    statusText: res.statusText,
    headers: res.headers,
  });
}

// checkWasm rejects unless the cached wasm is byte for byte the one the
// server built this worker for, and the browser can compile it.
async function checkWasm(cache) {
  const res = await cache.match(wasmURL);
  if (!res) {
    throw new Error(wasmURL + " was not stored");
  }
  const bytes = await res.arrayBuffer();
  const digest = Array.from(
    new Uint8Array(await crypto.subtle.digest("SHA-256", bytes)),
    (b) => b.toString(16).padStart(2, "0")
  ).join("");
  if (digest !== wasmSHA256) {
    throw new Error(
      `${wasmURL}: ${bytes.byteLength} bytes with SHA-256 ${digest}, expected ${wasmSHA256}`
    );
  }
  if (!WebAssembly.validate(bytes)) {
    throw new Error(wasmURL + " is not valid WebAssembly");
  }
}

// No activate handler: older caches stay until this version has run (see
// the "started" message), and there is no clients.claim(): on a first visit
// the page stays uncontrolled until its next navigation (which the worker
// then answers, offline too). Claiming it would make go-app announce an
// "update" on the very first visit. Pages open during an update switch to
// this worker anyway (skipWaiting), and go-app then tells them a new version
// is ready.

// A page tells the worker that its app has started. Only a page running
// this worker's version proves that this version works: a page still
// running an older version may be controlled by this worker too.
self.addEventListener("message", (event) => {
  const m = event.data;
  if (m && m.hiyari === "started" && m.version === version) {
    event.waitUntil(dropOlderCaches());
  }
});

async function dropOlderCaches() {
  const keys = await caches.keys();
  await Promise.all(
    keys
      .filter((k) => k.startsWith(cachePrefix) && k !== cacheName)
      .map((k) => caches.delete(k))
  );
}

self.addEventListener("fetch", (event) => {
  const req = event.request;
  if (req.method !== "GET" || new URL(req.url).origin !== self.location.origin) {
    return;
  }
  event.respondWith(req.mode === "navigate" ? navigate(req) : resource(req));
});

async function resource(req) {
  const cache = await caches.open(cacheName);
  const hit = await cache.match(req);
  return hit || fetch(req);
}

async function navigate(req) {
  const cache = await caches.open(cacheName);
  const hit = await cache.match(req, { ignoreSearch: true });
  if (hit) {
    // A copy stored by an earlier version may still be a redirected one.
    return unredirected(hit);
  }
  const scope = self.registration.scope;
  const shell = async () => {
    const s = (await cache.match(scope)) || (await cache.match(scope.replace(/\/$/, "")));
    return s && unredirected(s);
  };
  let res;
  try {
    res = await fetch(req);
  } catch (err) {
    // Offline or the server is gone: the app routes the path itself.
    const s = await shell();
    if (s) {
      return s;
    }
    throw err;
  }
  if (!res.ok) {
    // A static host that does not know the route (404), or a gateway whose
    // server is down (502, 503): the app still knows the route.
    const s = await shell();
    if (s) {
      return s;
    }
  }
  return res;
}
