// @web/dev-server binds every interface when told 127.0.0.1 (it passes no host for
// loopback names). This plugin moves the listening socket onto 127.0.0.1 alone.
export function loopbackOnly() {
  return {
    name: 'loopback-only',
    async serverStart({ server }) {
      if (!server) return;
      const { port } = server.address();
      await new Promise((resolve) => server.close(resolve));
      await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen({ port, host: '127.0.0.1' }, () => {
          server.off('error', reject);
          resolve();
        });
      });
    },
  };
}
