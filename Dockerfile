# mentorbox: the bot (IMAP watcher + workers) on Node 20.
#   docker build -t mentorbox .
#   docker compose up        (see docker-compose.yml)
FROM node:20-bookworm-slim

ENV NODE_ENV=production \
    NPM_CONFIG_UPDATE_NOTIFIER=false \
    NPM_CONFIG_FUND=false \
    NPM_CONFIG_AUDIT=false

WORKDIR /app
# The app writes small caches (e.g. OCR language data) into its working directory.
RUN chown node:node /app

# Dependencies first, so a source change does not reinstall them.
# --ignore-scripts: nothing we run needs an install script (esbuild's binary comes from its
# optional @esbuild/* package; msgpackr and bunyan fall back without their native addons),
# and the slim image has no compiler for node-gyp anyway.
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts \
 && npm cache clean --force

COPY --chown=node:node . .

# Fail the build, not the first start, if tsx/esbuild cannot run here.
RUN node node_modules/tsx/dist/cli.mjs --eval 'process.exit(0)'

USER node

CMD ["node", "scripts/mentorbox.js", "start"]
