console.info('tearDown ran');
