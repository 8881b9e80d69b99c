# mentorbox: the bot (IMAP watcher + workers), compiled, on Node 20.
#   docker build -t mentorbox .
#   docker compose up        (see docker-compose.yml)

# --- build: all dependencies, compile TypeScript to dist/ ---------------------------------------
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# --ignore-scripts: no dependency needs its install script here (esbuild's binary comes from its
# optional @esbuild/* package; msgpackr falls back to JavaScript), and the slim image has no compiler.
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY . .
RUN npm run build

# --- runtime: production dependencies and the compiled tree only -------------------------------
FROM node:20-bookworm-slim
ENV NODE_ENV=production NPM_CONFIG_UPDATE_NOTIFIER=false
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY templates ./templates
COPY scripts/mentorbox.js ./scripts/mentorbox.js
USER node
CMD ["node", "scripts/mentorbox.js", "start"]
