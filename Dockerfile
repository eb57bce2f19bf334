# The bot, the Decisions tab and the health endpoints in one image, built exactly as the README's
# deployment steps: npm ci → npm run build → npm prune --omit=dev → node dist/main.js.
# Untested here (no container runtime or registry on the development machines): linted by
# test/deploy/dockerfile.test.ts, and the same steps are run for real by test/deploy/production-build.test.ts.

FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM node:22-bookworm-slim AS runtime
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3978
WORKDIR /app
# Read-only for the app's user; only .data (the embedded store's snapshot, used when no COSMOS_ENDPOINT is set) is writable.
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/cards ./cards
RUN mkdir .data && chown node:node .data
USER node
EXPOSE 3978
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3978) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/main.js"]
