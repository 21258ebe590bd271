FROM node:20-bookworm-slim
WORKDIR /app
# bubblewrap sandboxes the Cypher console's workers. Docker's default seccomp profile usually
# blocks the namespaces it needs: the server then says "Console sandbox: inactive" at start and
# relies on the read-only guard alone (LAOMO_CONSOLE_SANDBOX=on refuses console queries instead).
RUN apt-get update && apt-get install -y --no-install-recommends bubblewrap && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json .npmrc ./
RUN npm ci --no-audit --no-fund
COPY . .
# Listening on 0.0.0.0 needs a write token at run time (the server refuses to start without):
#   docker run -e LAOMO_TOKEN="$(openssl rand -base64 32)" -p 3000:3000 …
# Writes send `Authorization: Bearer <token>`. LAOMO_HTTPS=1 when served through a TLS proxy.
ENV HOST=0.0.0.0 PORT=3000
# Two malloc arenas: glibc's default (8 per core) keeps what worker threads and kuzu free, about
# 0.4 GiB after an ingest of 30k articles (README.md, configuration).
ENV MALLOC_ARENA_MAX=2
EXPOSE 3000
CMD ["npm", "start"]
